using System.IO;
using System.Linq;
using McpGuard.Compose;
using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

/// <summary><c>docker compose run SERVICE</c> / <c>up</c>: the service in the repository's Compose file is judged as <c>docker run</c> (MCPG202, MCPG308, MCPG404).</summary>
[TestClass]
public sealed class ComposeServiceTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private const string RiskyCompose = """
        services:
          mcp:
            image: ghcr.io/example/mcp:1.2
            privileged: true
            network_mode: host
            cap_add:
              - SYS_ADMIN
            volumes:
              - ./data:/data
              - /var/run/docker.sock:/var/run/docker.sock
            ports:
              - "8080:8080"
              - "127.0.0.1:9090:9090"
          db:
            image: postgres
            ports:
              - target: 5432
                published: 5432
              - target: 5433
                host_ip: 127.0.0.1
        """;

    [TestMethod]
    public void ComposeRun_JudgesTheServiceAtItsName()
    {
        var files = new InMemoryComposeFiles(("compose.yaml", RiskyCompose));
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "isaac": { "command": "docker", "args": ["compose", "run", "--rm", {|MCPG202:{|MCPG308:{|MCPG308:{|MCPG308:{|MCPG308:"mcp"|}|}|}|}|}] }
              }
            }
            """)
            .WithComposeFiles(files)
            .ShouldReportMessage("MCPG308", "Server 'isaac' runs a container with host privileges ('privileged: true (service 'mcp', compose.yaml line 4)') at 'mcpServers.isaac.args[3]'; drop it so the container stays isolated from the machine it runs on")
            .ShouldReportMessage("MCPG308", "Server 'isaac' runs a container with host privileges ('network_mode: host (service 'mcp', compose.yaml line 5)') at 'mcpServers.isaac.args[3]'; drop it so the container stays isolated from the machine it runs on")
            .ShouldReportMessage("MCPG308", "Server 'isaac' runs a container with host privileges ('cap_add: SYS_ADMIN (service 'mcp', compose.yaml line 7)') at 'mcpServers.isaac.args[3]'; drop it so the container stays isolated from the machine it runs on")
            .ShouldReportMessage("MCPG308", "Server 'isaac' runs a container with host privileges ('volumes: mounts the Docker socket /var/run/docker.sock (service 'mcp', compose.yaml line 10)') at 'mcpServers.isaac.args[3]'; drop it so the container stays isolated from the machine it runs on")
            .ShouldReportMessage("MCPG202", "Server 'isaac' runs container image 'ghcr.io/example/mcp:1.2' at 'mcpServers.isaac.args[3]' by the tag '1.2' only, which can be moved (service 'mcp', compose.yaml line 3); pin it by digest ('ghcr.io/example/mcp@sha256:<digest>') so every machine runs the image that was reviewed")
            .Verify();
    }

    [TestMethod]
    public void ComposeUp_PublishesPorts_AndJudgesEveryServiceAtUp()
    {
        var files = new InMemoryComposeFiles(("docker-compose.yml", RiskyCompose));
        var findings = ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "db": { "command": "docker-compose", "args": ["up", {|MCPG202:{|MCPG404:"db"|}|}] },
                "all": { "command": "docker", "args": ["compose", {|MCPG202:{|MCPG202:{|MCPG308:{|MCPG308:{|MCPG308:{|MCPG308:{|MCPG404:{|MCPG404:"up"|}|}|}|}|}|}|}|}] }
              }
            }
            """)
            .WithComposeFiles(files)
            .ShouldReportMessage("MCPG404", "Server 'db' publishes a container port on every network interface ('ports: { target: 5432, published: 5432 } (service 'db', docker-compose.yml line 17)') at 'mcpServers.db.args[1]'; bind to 127.0.0.1 and name the allowed origins, so other machines on the network and web pages cannot call its tools")
            .ShouldReportMessage("MCPG404", "Server 'all' publishes a container port on every network interface ('ports: 8080:8080 (service 'mcp', docker-compose.yml line 12)') at 'mcpServers.all.args[1]'; bind to 127.0.0.1 and name the allowed origins, so other machines on the network and web pages cannot call its tools")
            .ShouldReportMessage("MCPG202", "Server 'db' runs container image 'postgres' at 'mcpServers.db.args[1]' without a tag (= latest) (service 'db', docker-compose.yml line 15); pin it by digest ('postgres@sha256:<digest>') so every machine runs the image that was reviewed")
            .Verify();
        Assert.AreEqual(1, findings.Count(f => f.RuleId == "MCPG202" && f.DefaultSeverity == McpGuard.Rules.RuleSeverity.Info && f.Server == "all"), "a tag alone is Info, as for docker run");
    }

    [TestMethod]
    public void FileOption_ProjectDirectory_AndCwd_AreHonoured()
    {
        var files = new InMemoryComposeFiles(
            ("deploy/mcp.yml", "services:\n  mcp:\n    image: mcp/server\n    pid: host\n"),
            ("tools/compose.yaml", "services:\n  mcp:\n    image: mcp/server\n    ipc: host\n"),
            ("other/compose.yml", "services:\n  mcp:\n    image: mcp/server\n    uts: host\n"));
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "servers": {
                "file": { "command": "docker", "args": ["compose", "-f", "deploy/mcp.yml", "run", "-T", {|MCPG202:{|MCPG308:"mcp"|}|}] },
                "equals": { "command": "docker", "args": ["compose", "--file=deploy/mcp.yml", "run", {|MCPG202:{|MCPG308:"mcp"|}|}] },
                "cwd": { "command": "docker", "args": ["compose", "run", {|MCPG202:{|MCPG308:"mcp"|}|}], "cwd": "tools" },
                "project": { "command": "docker", "args": ["compose", "--project-directory", "other", "run", {|MCPG202:{|MCPG308:"mcp"|}|}] },
                "wrapped": { "command": "cmd", "args": ["/c", "podman-compose", "-f", "deploy/mcp.yml", "run", {|MCPG202:{|MCPG308:"mcp"|}|}] }
              }
            }
            """)
            .WithComposeFiles(files)
            .ShouldReportMessage("MCPG308", "Server 'file' runs a container with host privileges ('pid: host (service 'mcp', mcp.yml line 4)') at 'servers.file.args[5]'; drop it so the container stays isolated from the machine it runs on")
            .ShouldReportMessage("MCPG308", "Server 'cwd' runs a container with host privileges ('ipc: host (service 'mcp', compose.yaml line 4)') at 'servers.cwd.args[2]'; drop it so the container stays isolated from the machine it runs on")
            .ShouldReportMessage("MCPG308", "Server 'project' runs a container with host privileges ('uts: host (service 'mcp', compose.yml line 4)') at 'servers.project.args[4]'; drop it so the container stays isolated from the machine it runs on")
            .Verify();
    }

    [TestMethod]
    public void HostMounts_AreReportedByTheFileSystemRules()
    {
        var files = new InMemoryComposeFiles(("compose.yaml", $$"""
            services:
              mcp:
                image: ghcr.io/example/mcp@{{Digest}}
                volumes:
                  - /:/host:ro
                  - ~/.ssh:/root/.ssh:ro
                  - type: bind
                    source: ${HOME}
                    target: /data
                  - ../sibling:/sibling
                  - ./data:/data
            """));
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "mounts": { "command": "docker", "args": ["compose", "run", {|MCPG308:{|MCPG308:{|MCPG501:{|MCPG501:{|MCPG502:"mcp"|}|}|}|}|}] }
              }
            }
            """)
            .WithComposeFiles(files)
            .ShouldReportMessage("MCPG501", "Server 'mounts' gives access to the whole filesystem ('/ (service 'mcp', compose.yaml line 5)') at 'mcpServers.mounts.args[2]'; name the project folders it needs (e.g. './docs' or './data')")
            .ShouldReportMessage("MCPG501", "Server 'mounts' gives access to the whole home folder ('${HOME} (service 'mcp', compose.yaml line 7)') at 'mcpServers.mounts.args[2]'; name the project folders it needs (e.g. './docs' or './data')")
            .ShouldReportMessage("MCPG502", "Server 'mounts' gives access to a credential store ('~/.ssh (service 'mcp', compose.yaml line 6)') at 'mcpServers.mounts.args[2]'; remove it: whatever can read it can send the keys and tokens it holds anywhere, so pass the one credential a server needs through an environment variable reference instead")
            .ShouldReportMessage("MCPG308", "Server 'mounts' runs a container with host privileges ('volumes: mounts the host's / (service 'mcp', compose.yaml line 5)') at 'mcpServers.mounts.args[2]'; drop it so the container stays isolated from the machine it runs on")
            .Verify();
    }

    [TestMethod]
    public void LocalBuilds_PinnedImages_IsolatedServices_AndPlainRunPorts_AreSilent()
    {
        var files = new InMemoryComposeFiles(("compose.yaml", $$"""
            services:
              built:
                build: .
                image: local/mcp
                ports:
                  - "8080:8080"
              never:
                image: local/mcp
                pull_policy: never
              pinned:
                image: ghcr.io/example/mcp@{{Digest}}
                user: "1000:1000"
                cap_drop: [ALL]
                network_mode: none
                volumes:
                  - ./data:/data:ro
                  - cache:/cache
                  - type: bind
                    source: ./src
                    target: /src
                ports:
                  - "127.0.0.1:8080:8080"
                  - target: 80
                    host_ip: 127.0.0.1
              variable:
                image: ${IMAGE}
            volumes:
              cache: {}
            """));
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "built": { "command": "docker", "args": ["compose", "run", "--rm", "built"] },
                "never": { "command": "docker", "args": ["compose", "run", "never"] },
                "pinned": { "command": "docker", "args": ["compose", "up", "pinned"] },
                "variable": { "command": "docker", "args": ["compose", "run", "variable"] },
                "missing": { "command": "docker", "args": ["compose", "run", "nosuchservice"] },
                "down": { "command": "docker", "args": ["compose", "down"] }
              }
            }
            """)
            .WithComposeFiles(files)
            .Verify();
    }

    [TestMethod]
    public void UnknownLookup_MissingFile_OrBadYaml_AreNotJudged()
    {
        const string Config = """
            {
              "mcpServers": {
                "isaac": { "command": "docker", "args": ["compose", "run", "--rm", "mcp"] },
                "varfile": { "command": "docker", "args": ["compose", "-f", "${COMPOSE_FILE}", "run", "mcp"] }
              }
            }
            """;

        // The IDE: nothing is known, nothing is guessed.
        ConfigVerifier.For(".mcp.json", Config).Verify();
        ConfigVerifier.For(".mcp.json", Config).WithComposeFiles(new InMemoryComposeFiles()).Verify();

        // compose.yaml exists but is broken: Compose would stop there, so docker-compose.yml is not consulted.
        var broken = new InMemoryComposeFiles(
            ("compose.yaml", "services:\n  mcp: [unclosed\n    privileged: true\n"),
            ("docker-compose.yml", RiskyCompose));
        ConfigVerifier.For(".mcp.json", Config).WithComposeFiles(broken).Verify();
        CollectionAssert.DoesNotContain(broken.LookedFor, Path.GetFullPath(Path.Combine(TestPaths.FakeRepositoryRoot, "docker-compose.yml")));
    }

    [TestMethod]
    public void ComposeFile_BadInput_NeverThrows()
    {
        foreach (var text in new[] { string.Empty, "\t", "services: 3", "- a\n- b", "services:\n  x: &a\n    <<: *a\n", "{{{{", "services:\n  x:\n    privileged: [\n" })
        {
            var file = ComposeFile.Parse("compose.yaml", text);
            if (file is not null)
            {
                _ = file.Services.ToList();
            }
        }
    }
}

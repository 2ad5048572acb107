using System.Collections.Generic;

namespace McpGuard.Advisories;

/// <summary>The kind of an OSV range event.</summary>
public enum AdvisoryEventKind
{
    Introduced,
    Fixed,
    LastAffected,
    Limit,
}

/// <summary>One event of an OSV range: its kind and version; <c>null</c> version for <c>introduced: "0"</c> (before everything) and <c>limit: "*"</c> (after everything).</summary>
public sealed class AdvisoryEvent
{
    public AdvisoryEvent(AdvisoryEventKind kind, AdvisoryVersion? version)
    {
        Kind = kind;
        Version = version;
    }

    public AdvisoryEventKind Kind { get; }

    public AdvisoryVersion? Version { get; }
}

/// <summary>
/// An OSV <c>SEMVER</c> or <c>ECOSYSTEM</c> range, evaluated as the OSV schema's <c>IncludedInRanges</c> pseudocode says:
/// events in version order, <c>introduced</c> starts the affected span, <c>fixed</c> ends it before that version,
/// <c>last_affected</c> after it, and versions at or above every <c>limit</c> are outside.
/// </summary>
public sealed class AdvisoryRange
{
    private readonly List<AdvisoryEvent> _sorted;

    public AdvisoryRange(IReadOnlyList<AdvisoryEvent> events)
    {
        Events = events;
        _sorted = new List<AdvisoryEvent>(events);

        // A stable sort: "0" first, then by version; events at one version keep their written order.
        var indexed = new List<(AdvisoryEvent Event, int Index)>();
        for (var i = 0; i < events.Count; i++)
        {
            indexed.Add((events[i], i));
        }

        indexed.Sort((left, right) =>
        {
            var result = Compare(left.Event, right.Event);
            return result != 0 ? result : left.Index.CompareTo(right.Index);
        });
        for (var i = 0; i < indexed.Count; i++)
        {
            _sorted[i] = indexed[i].Event;
        }
    }

    public IReadOnlyList<AdvisoryEvent> Events { get; }

    /// <summary>Whether any event fixes the vulnerability (a <c>last_affected</c> ceiling is not a fixed release).</summary>
    public bool HasFix => _sorted.Exists(e => e.Kind == AdvisoryEventKind.Fixed);

    public bool Contains(AdvisoryVersion version)
    {
        if (!BeforeLimits(version))
        {
            return false;
        }

        var vulnerable = false;
        foreach (var item in _sorted)
        {
            var at = item.Version is null ? (item.Kind == AdvisoryEventKind.Limit ? -1 : 1) : version.CompareTo(item.Version);
            switch (item.Kind)
            {
                case AdvisoryEventKind.Introduced when at >= 0:
                    vulnerable = true;
                    break;
                case AdvisoryEventKind.Fixed when at >= 0:
                case AdvisoryEventKind.LastAffected when at > 0:
                    vulnerable = false;
                    break;
            }
        }

        return vulnerable;
    }

    private bool BeforeLimits(AdvisoryVersion version)
    {
        var limited = false;
        foreach (var item in _sorted)
        {
            if (item.Kind == AdvisoryEventKind.Limit)
            {
                if (item.Version is null || version.CompareTo(item.Version) < 0)
                {
                    return true;
                }

                limited = true;
            }
        }

        return !limited;
    }

    private static int Compare(AdvisoryEvent left, AdvisoryEvent right)
    {
        return Position(left).CompareTo(Position(right)) is var coarse && coarse != 0 ? coarse
            : left.Version is null ? 0
            : left.Version.CompareTo(right.Version);

        // "0" before every version, "*" after every version.
        static int Position(AdvisoryEvent item) => item.Version is not null ? 0 : item.Kind == AdvisoryEventKind.Limit ? 1 : -1;
    }
}

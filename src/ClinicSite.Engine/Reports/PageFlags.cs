namespace ClinicSite.Engine.Reports;

/// <summary>What the report flags on a page; names are written in kebab-case (overdue, hard-to-read, orphan).</summary>
[Flags]
internal enum PageFlags
{
    None = 0,

    /// <summary>next_review has passed.</summary>
    Overdue = 1,

    /// <summary>The body, an FAQ answer or a glossary definition is above the target grade.</summary>
    HardToRead = 2,

    /// <summary>No other page links here, in its text or its front-matter lists.</summary>
    Orphan = 4,
}

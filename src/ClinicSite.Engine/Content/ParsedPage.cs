namespace ClinicSite.Engine.Content;

/// <summary>A page after its front matter has been parsed into the record for its collection.</summary>
/// <param name="BodyStart">Where the Markdown body starts in the file's text.</param>
/// <param name="BodyLine">The 1-based line the body starts on.</param>
internal sealed record ParsedPage(
    SourceFile File,
    Collection Collection,
    bool IsSectionIndex,
    string Slug,
    PageMeta Meta,
    FieldPositions Positions,
    int BodyStart,
    int BodyLine)
{
    /// <summary>
    /// True when the front matter was found but could not be read into its record (the errors are reported). The body
    /// is still parsed and checked, so one run reports all of the page's problems; the page then goes no further.
    /// </summary>
    public bool MetaFailed { get; init; }

    /// <summary>
    /// The Markdown after the front matter. Cut from the file's text when asked for (the Markdown stage asks once per
    /// page, the FAQ's readability check once more), not kept beside it: at 10 000 pages a second copy of every body
    /// held 140 MB until the build ended.
    /// </summary>
    public string Body => File.Text[BodyStart..];
}

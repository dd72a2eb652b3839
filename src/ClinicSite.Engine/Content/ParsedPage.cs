namespace ClinicSite.Engine.Content;

/// <summary>A page after its front matter has been parsed into the record for its collection.</summary>
internal sealed record ParsedPage(
    SourceFile File,
    Collection Collection,
    bool IsSectionIndex,
    string Slug,
    PageMeta Meta,
    FieldPositions Positions,
    string Body,
    int BodyLine);

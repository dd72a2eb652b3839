namespace ClinicSite.Engine.Checks;

/// <summary>Gathers one page's facts in reading order, from the template scan and the body's own list.</summary>
internal sealed class PageFactsBuilder
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _duplicateIds = [];
    private readonly List<(string Element, string Attribute, string Value)> _references = [];
    private readonly List<int> _headings = [];
    private readonly List<string> _imagesWithoutAlt = [];

    public string? Lang { get; set; }

    public string? Title { get; set; }

    public string? Canonical { get; set; }

    public void AddId(string id)
    {
        if (!_ids.Add(id))
        {
            _duplicateIds.Add(id);
        }
    }

    public void AddReference(string element, string attribute, string value) => _references.Add((element, attribute, value));

    public void AddHeading(int level) => _headings.Add(level);

    public void AddImageWithoutAlt(string src) => _imagesWithoutAlt.Add(src);

    public PageFacts Build(string outputPath, string sourcePath) => new()
    {
        OutputPath = outputPath,
        SourcePath = sourcePath,
        Ids = _ids,
        DuplicateIds = _duplicateIds,
        References = _references,
        HeadingLevels = _headings,
        ImagesWithoutAlt = _imagesWithoutAlt,
        Lang = Lang,
        Title = Title ?? string.Empty, // as a browser's document.title: empty when there is no title
        Canonical = Canonical,
    };
}

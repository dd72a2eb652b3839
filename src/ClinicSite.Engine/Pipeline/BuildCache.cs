namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// What serve keeps between rebuilds: each memo stands in for one stage and redoes only the work whose inputs changed.
/// <see cref="SiteBuild"/> uses the memos when it is given a cache; 'build' and 'check' never are.
/// </summary>
internal sealed class BuildCache
{
    public BuildCache() => Pages = new PageMemo(Templates);

    public DataMemo Data { get; } = new();

    public FrontMatterMemo FrontMatter { get; } = new();

    public MarkdownMemo Markdown { get; } = new();

    public ReadabilityMemo Readability { get; } = new();

    public PlaceholderMemo Placeholders { get; } = new();

    public TemplateMemo Templates { get; } = new();

    public PageMemo Pages { get; }

    public LinkCheckMemo Checks { get; } = new();
}

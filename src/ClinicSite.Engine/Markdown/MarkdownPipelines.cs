using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace ClinicSite.Engine.Markdown;

/// <summary>The one Markdig pipeline, built once: pipe tables, GitHub heading ids, task lists and callouts.</summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Site { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseTaskLists()
        .UseCustomContainers()
        .UsePreciseSourceLocation()
        .Use<CalloutExtension>()
        .Build();
}

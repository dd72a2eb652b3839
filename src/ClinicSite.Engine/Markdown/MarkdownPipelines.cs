using ClinicSite.Engine.Markdown.Extensions.Callouts;
using ClinicSite.Engine.Markdown.Extensions.CheckFacts;
using ClinicSite.Engine.Markdown.Extensions.Glossary;
using ClinicSite.Engine.Markdown.Extensions.Tables;
using ClinicSite.Engine.Markdown.Extensions.TaskLists;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace ClinicSite.Engine.Markdown;

/// <summary>
/// The one Markdig pipeline, built once: pipe tables, GitHub heading ids, task lists and callouts, and the site's own
/// extensions (Markdown/Extensions/), each set up after the Markdig extension whose renderer it replaces.
/// </summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Site { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseTaskLists()
        .UseCustomContainers()
        .UsePreciseSourceLocation()
        .Use<CalloutExtension>()
        .Use<ScrollableTableExtension>()
        .Use<CheckboxExtension>()
        .Use<GlossaryExtension>()
        .Use<CheckFactsExtension>()
        .Build();
}

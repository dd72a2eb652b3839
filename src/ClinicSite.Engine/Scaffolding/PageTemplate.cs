using ClinicSite.Engine.Content;

namespace ClinicSite.Engine.Scaffolding;

/// <summary>What 'new' writes for one kind of page: its collection, front-matter record and standard sections.</summary>
/// <param name="Collection">Folder the page goes in.</param>
/// <param name="Meta">The record its front matter binds to; the required fields come from it.</param>
/// <param name="Sections">Each standard "## heading" with what to write under it (shown as a TODO placeholder).</param>
/// <param name="Tasks">Placeholders are "- [ ]" task items (checklists) rather than paragraphs.</param>
internal sealed record PageTemplate(Collection Collection, Type Meta, IReadOnlyList<(string Heading, string Guidance)> Sections, bool Tasks = false);

namespace ClinicSite.Engine.Content;

/// <summary>Front matter of a preparation checklist; the body holds the task list.</summary>
public sealed record ChecklistMeta : PageMeta;

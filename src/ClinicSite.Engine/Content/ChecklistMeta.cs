namespace ClinicSite.Engine.Content;

/// <summary>Front matter of a preparation checklist; the body holds the task list.</summary>
public sealed record ChecklistMeta : PageMeta
{
    [Help("true to show the clinic's 'When to get help' advice (when_to_get_help: in site.yml) below the list.")]
    public bool WhenToGetHelp { get; init; }
}

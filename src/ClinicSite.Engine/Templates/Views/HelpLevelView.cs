namespace ClinicSite.Engine.Templates.Views;

/// <summary>One level of the "When to get help" block: its callout kind, label and icon, what to do, and the signs.</summary>
public sealed record HelpLevelView(string Kind, string Label, string Icon, string Action, IReadOnlyList<string> Signs);

namespace ClinicSite.Engine.Templates.Views;

/// <summary>The clinic's "When to get help" advice from site.yml: whose advice it is, then the levels, most urgent first.</summary>
public sealed record WhenToGetHelpView(string Note, IReadOnlyList<HelpLevelView> Levels);

namespace ClinicSite.Engine.Templates.Views;

/// <summary>The pages whose titles start with one letter, for the search page's A–Z list (each link's Note is its section).</summary>
public sealed record AzLetterView(string Letter, string Id, IReadOnlyList<LinkView> Pages);

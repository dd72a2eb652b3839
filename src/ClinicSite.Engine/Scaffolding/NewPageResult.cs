namespace ClinicSite.Engine.Scaffolding;

/// <summary>What 'new' did: the file it wrote (or would have), whether it did, and a sentence for the editor.</summary>
internal sealed record NewPageResult(string DisplayPath, bool Created, string Message);

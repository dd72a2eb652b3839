namespace ClinicSite.Tests.Properties;

/// <summary>One random change to a file's text, with a description FsCheck prints when a case fails.</summary>
internal sealed record Edit(string Description, Func<string, string> Apply)
{
    public override string ToString() => Description;
}

namespace ClinicSite.Engine.Content;

/// <summary>A non-Markdown file in the input folder (an image, say), copied to the output as it is.</summary>
internal sealed record StaticFile(string FullPath, string PathInInput);

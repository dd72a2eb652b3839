namespace ClinicSite.Engine.Content;

/// <summary>A text file read from the input folder: where it is and what it says (LF line endings, no BOM).</summary>
internal sealed record SourceFile(string FullPath, string DisplayPath, string PathInInput, string Text);

namespace ClinicSite.Engine.Markdown;

/// <summary>A heading in a page body: level, plain text and id.</summary>
public sealed record HeadingInfo(int Level, string Text, string Id);

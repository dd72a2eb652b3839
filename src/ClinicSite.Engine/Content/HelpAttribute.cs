namespace ClinicSite.Engine.Content;

/// <summary>Editor-facing help for a front-matter field: shown in JSON schemas and the editor guide.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HelpAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

namespace ClinicSite.Engine.Content;

/// <summary>Marks a list of slugs that must name pages of the given collection.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferencesAttribute(Collection collection) : Attribute
{
    public Collection Collection { get; } = collection;
}

namespace ClinicSite.Engine.Scaffolding;

/// <summary>The marker 'new' writes where an editor must fill something in; the build fails while one is left.</summary>
internal static class Placeholders
{
    public const string Marker = "TODO:";

    /// <summary>A placeholder value: the marker, then what to write instead.</summary>
    public static string For(string what) => $"{Marker} {what}";
}

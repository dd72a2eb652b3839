namespace ClinicSite.Engine.Markdown.Extensions.Callouts;

/// <summary>The callout kinds editors may write as <c>::: kind</c>, with the label each shows (never colour alone).</summary>
internal static class Callouts
{
    public static readonly IReadOnlyDictionary<string, (string Label, string Icon)> Kinds = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["note"] = ("Note", "i"),
        ["tip"] = ("Tip", "✓"),
        ["non-urgent"] = ("Non-urgent: speak to your doctor", "i"),
        ["urgent"] = ("Urgent: get help today", "!"),
        ["emergency"] = ("Emergency: call your local emergency number", "!!"),
    };
}

using System.Text.Json;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Search;

/// <summary>The shared table of tokenizer cases (tokenizer-cases.json), read by the .NET tests and by the script's node tests.</summary>
internal static class TokenizerCases
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tests", "ClinicSite.Tests", "Search");

    public static TheoryData<string, string[]> All()
    {
        var data = new TheoryData<string, string[]>();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "tokenizer-cases.json")));
        foreach (var item in json.RootElement.EnumerateArray())
        {
            data.Add(item.GetProperty("input").GetString()!, item.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToArray());
        }

        return data;
    }
}

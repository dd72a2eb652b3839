namespace ClinicSite.Engine.Content;

/// <summary>The YAML between the opening and closing <c>---</c> lines, and the Markdown after it.</summary>
internal readonly record struct FrontMatterSplit(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>Splits text (LF line endings); null when the text does not start with a closed front-matter block.</summary>
    public static FrontMatterSplit? Split(string text, out int openLine)
    {
        openLine = 0;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            return null;
        }

        openLine = 1;
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : string.Empty;
                return new FrontMatterSplit(yaml, 2, body, i + 2);
            }
        }

        return null;
    }
}

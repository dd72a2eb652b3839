namespace ClinicSite.Engine.Content;

/// <summary>The YAML between the opening and closing <c>---</c> lines, and where the Markdown after it starts.</summary>
/// <param name="Yaml">The lines between the two <c>---</c> lines.</param>
/// <param name="YamlLine">The 1-based line the YAML starts on.</param>
/// <param name="BodyStart">Where the Markdown starts in the text: just past the closing line's end.</param>
/// <param name="BodyLine">The 1-based line the Markdown starts on.</param>
/// <param name="Text">The whole text that was split.</param>
internal readonly record struct FrontMatterSplit(string Yaml, int YamlLine, int BodyStart, int BodyLine, string Text)
{
    /// <summary>The Markdown after the closing line (empty when there is none).</summary>
    public string Body => Text[BodyStart..];

    /// <summary>
    /// Splits text (LF line endings); null when the text does not start with a closed front-matter block. Finds the
    /// closing line without splitting the whole file into lines: the body is the rest of the text.
    /// </summary>
    public static FrontMatterSplit? Split(string text, out int openLine)
    {
        openLine = 0;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            return null;
        }

        openLine = 1;
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstEnd < 0)
        {
            return null;
        }

        var lineStart = firstEnd + 1;
        for (var line = 2; ; line++)
        {
            var end = text.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? text.Length : end;
            if (text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd() is "---" or "...")
            {
                var yaml = lineStart - 1 > firstEnd ? text[(firstEnd + 1)..(lineStart - 1)] : string.Empty;
                return new FrontMatterSplit(yaml, 2, end < 0 ? text.Length : end + 1, line + 1, text);
            }

            if (end < 0)
            {
                return null;
            }

            lineStart = end + 1;
        }
    }
}

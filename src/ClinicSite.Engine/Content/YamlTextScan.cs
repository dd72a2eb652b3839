using System.Diagnostics.CodeAnalysis;
using ClinicSite.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ClinicSite.Engine.Content;

/// <summary>
/// Finds the line behind a YAML error YamlDotNet places badly: it reports a tab in the indentation at the start of the
/// enclosing mapping, and an unclosed bracket or quote with no position at all. Also loads YAML with its recursive loader guarded.
/// </summary>
internal static class YamlTextScan
{
    /// <summary>Far deeper than any front matter or data file needs (they nest 4 levels at most).</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Loads <paramref name="yaml"/> in one pass, or returns the first structure YamlStream.Load cannot survive: lists
    /// and mappings nested deeper than <see cref="MaxDepth"/> ("[[[[…" a few thousand deep overflows the stack in its
    /// recursive loader), or an alias (*name), which can make a node contain itself and send YamlDotNet's key hashing
    /// into endless recursion. A stack overflow ends the process, so the loader reads through a parser that stops at
    /// either before the loader's recursion gets there. Parse errors propagate as YamlStream's would.
    /// </summary>
    public static bool TryLoad(string yaml, [NotNullWhen(true)] out YamlStream? stream, [NotNullWhen(false)] out YamlHazard? hazard)
    {
        var guarded = new GuardedParser(new Parser(new StringReader(yaml)));
        try
        {
            stream = new YamlStream();
            stream.Load(guarded);
            hazard = null;
            return true;
        }
        catch (HazardFound) when (guarded.Hazard is { } found)
        {
            (stream, hazard) = (null, found);
            return false;
        }
    }

    /// <summary>Thrown by <see cref="GuardedParser"/> to unwind the loader; never leaves <see cref="TryLoad"/>.</summary>
    private sealed class HazardFound : Exception;

    /// <summary>Passes YamlDotNet's parsing events through, stopping at the first one the loader cannot survive.</summary>
    private sealed class GuardedParser(IParser inner) : IParser
    {
        private int _depth;

        public YamlHazard? Hazard { get; private set; }

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            var at = inner.Current!.Start;
            switch (inner.Current)
            {
                case SequenceStart or MappingStart when ++_depth > MaxDepth:
                    Hazard = new YamlHazard((int)at.Line, (int)at.Column, Codes.TooDeep, $"Lists or fields are nested more than {MaxDepth} levels deep here. Check the brackets and indentation.");
                    throw new HazardFound();
                case SequenceEnd or MappingEnd:
                    _depth--;
                    break;
                case AnchorAlias alias:
                    Hazard = new YamlHazard((int)at.Line, (int)at.Column, Codes.YamlSyntax, $"'*{alias.Value}' is read as a YAML alias, which this site does not use. Write the value out; if it starts with *, put it in quotes: \"*like this*\".");
                    throw new HazardFound();
            }

            return true;
        }
    }

    /// <summary>1-based line and column of the first tab in a line's indentation, or null.</summary>
    public static (int Line, int Column)? FirstTabIndent(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t', '-').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>1-based line and column of the first value that opens [, {, " or ' and does not close it on its line, or null.</summary>
    public static (int Line, int Column)? FirstUnclosed(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var start = ValueStart(line);
            if (start < 0)
            {
                continue;
            }

            var unclosed = line[start] switch
            {
                '[' => line.Count(ch => ch == '[') > line.Count(ch => ch == ']'),
                '{' => line.Count(ch => ch == '{') > line.Count(ch => ch == '}'),
                '"' => !ClosesQuote(line, start, '"'),
                '\'' => !ClosesQuote(line, start, '\''),
                _ => false,
            };
            if (unclosed)
            {
                return (i + 1, start + 1);
            }
        }

        return null;
    }

    /// <summary>Index of the first non-space character of the value after "key:" or "- ", or -1.</summary>
    private static int ValueStart(string line)
    {
        var position = line.Length - line.TrimStart(' ').Length;
        if (line.AsSpan(position).StartsWith("- "))
        {
            position += 2;
        }

        var colon = line.IndexOf(": ", position, StringComparison.Ordinal);
        if (colon >= 0 && line[position] is not ('"' or '\'' or '[' or '{'))
        {
            position = colon + 2;
        }

        while (position < line.Length && line[position] == ' ')
        {
            position++;
        }

        return position < line.Length ? position : -1;
    }

    private static bool ClosesQuote(string line, int start, char quote)
    {
        for (var i = start + 1; i < line.Length; i++)
        {
            if (quote == '"' && line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == quote)
            {
                if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return true;
            }
        }

        return false;
    }
}

/// <summary>A structure in YAML text that the loader must not be given, with where it starts.</summary>
internal sealed record YamlHazard(int Line, int Column, DiagnosticCode Code, string Message);

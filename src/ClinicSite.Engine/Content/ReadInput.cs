using System.Text;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Content;

/// <summary>Load stage: finds input/**/*.md, the data files in input/_data/ and static files, and reads them as strict UTF-8.</summary>
internal sealed class ReadInput(string inputRoot, DiagnosticBag diagnostics)
{
    internal const int MaxFileBytes = 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public InputSet Run()
    {
        var root = Path.GetFullPath(inputRoot);
        var pages = new List<SourceFile>();
        var data = new SortedDictionary<string, SourceFile>(StringComparer.Ordinal);
        var statics = new List<StaticFile>();
        if (!Directory.Exists(root))
        {
            diagnostics.Error(Codes.Io, new SourceSpan(DisplayPaths.For(root)), $"The input folder '{DisplayPaths.For(root)}' does not exist. Pass --input with the folder that holds your Markdown pages.");
            return new InputSet(pages, data, statics);
        }

        var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Select(f => (Full: f, Rel: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => !f.Rel.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Rel, StringComparer.Ordinal)
            .ToList();

        var pageFiles = files.Where(f => !f.Rel.StartsWith("_data/", StringComparison.Ordinal) && f.Rel.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        var loaded = new SourceFile?[pageFiles.Count];
        Parallel.For(0, pageFiles.Count, PageParallelism.Options, i => loaded[i] = Read(pageFiles[i].Full, pageFiles[i].Rel));
        pages.AddRange(loaded.OfType<SourceFile>());

        foreach (var (full, rel) in files)
        {
            if (rel.StartsWith("_data/", StringComparison.Ordinal))
            {
                if (rel.EndsWith(".yml", StringComparison.Ordinal) || rel.EndsWith(".yaml", StringComparison.Ordinal))
                {
                    var file = Read(full, rel);
                    if (file is not null)
                    {
                        data[Path.GetFileNameWithoutExtension(rel)] = file;
                    }
                }
            }
            else if (!rel.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                statics.Add(new StaticFile(full, rel));
            }
        }

        return new InputSet(pages, data, statics);
    }

    /// <summary>Reads one file; reports and returns null for files that are too large or not UTF-8.</summary>
    internal SourceFile? Read(string fullPath, string pathInInput)
    {
        var display = DisplayPaths.For(fullPath);
        var span = new SourceSpan(display);
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > MaxFileBytes)
            {
                diagnostics.Error(Codes.FileTooLarge, span, $"The file is {length / 1024} KB; the limit is {MaxFileBytes / 1024} KB. Split it into smaller pages.");
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (IOException ex)
        {
            diagnostics.Error(Codes.Io, span, $"The file could not be read: {ex.Message}");
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Error(Codes.Io, span, $"The file could not be read: {ex.Message}");
            return null;
        }

        var text = Decode(bytes, span);
        return text is null ? null : new SourceFile(fullPath, display, pathInInput, text);
    }

    private string? Decode(byte[] bytes, SourceSpan span)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Error(Codes.Encoding, span, "The file is saved as UTF-16. Save it as UTF-8 instead (in most editors: File > Save with encoding > UTF-8).");
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                diagnostics.Error(Codes.Encoding, span, "The file contains NUL characters, so it is not a text file. Save it as UTF-8 text.");
                return null;
            }

            return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Min(ex.Index + start, bytes.Length)).Count((byte)'\n');
            diagnostics.Error(Codes.Encoding, span with { Line = line }, "The file is not valid UTF-8 text. Save it as UTF-8 (in most editors: File > Save with encoding > UTF-8).");
            return null;
        }
    }
}

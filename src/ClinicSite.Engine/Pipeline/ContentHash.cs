using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// A 128-bit XxHash128 of some content: what the build cache compares instead of the content itself, so "unchanged"
/// means "same hash", whichever object holds it. Not cryptographic: nothing here is secret or chosen by an attacker
/// who gains by a collision, and the files it stands for are read again on every run.
/// </summary>
internal readonly record struct ContentHash(UInt128 Value)
{
    public static ContentHash Of(string text) => new Hasher().Add(text).Done();

    public override string ToString() => Value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Builds a <see cref="ContentHash"/> from parts, each written with its length (or a marker for null) first, so that
/// ("ab", "c") and ("a", "bc") hash differently. Strings are hashed as their UTF-16 code units, without encoding them.
/// </summary>
internal sealed class Hasher
{
    private readonly XxHash128 _hash = new();

    public Hasher Add(string? text)
    {
        Add(text?.Length ?? -1);
        if (text is not null)
        {
            _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }

        return this;
    }

    public Hasher Add(ReadOnlySpan<char> text)
    {
        Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text));
        return this;
    }

    public Hasher Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    public Hasher Add(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public Hasher Add(bool value) => Add(value ? 1 : 0);

    public Hasher Add(double value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(double)];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public Hasher Add(ContentHash hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, hash.Value);
        _hash.Append(bytes);
        return this;
    }

    /// <summary>Every string of the list, in order, after the count.</summary>
    public Hasher Add(IEnumerable<string> texts)
    {
        var count = 0;
        foreach (var text in texts)
        {
            Add(text);
            count++;
        }

        return Add(count);
    }

    public ContentHash Done() => new(_hash.GetCurrentHashAsUInt128());
}

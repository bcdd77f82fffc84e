using System.Collections.Immutable;

namespace OpenRouter.Testing;

/// <summary>
/// Where a generated value goes: the property it fills (or the singular of the array's property), its index in an
/// array, its depth, and the <c>$ref</c>s expanded on the way there.
/// </summary>
/// <remarks>
/// A slot becomes <see cref="Minimal"/> when a <c>$ref</c> comes round again (a recursive schema): from there on the
/// generator writes the smallest valid instance (null where allowed, fewest items, required properties only), so
/// recursion ends.
/// </remarks>
internal readonly record struct SampleSlot(string? Name, int Index, int Depth, bool Minimal, ImmutableHashSet<string> Refs)
{
    /// <summary>Gets the slot of a whole instance.</summary>
    public static SampleSlot Root => new(null, 0, 0, false, ImmutableHashSet<string>.Empty);

    /// <summary>The slot of a property of this slot's object; it keeps the index, so the properties of a second item differ from the first's.</summary>
    public SampleSlot Property(string name) => this with { Name = name, Depth = Depth + 1 };

    /// <summary>The slot of an item of this slot's array; it is named after the singular of the array's name.</summary>
    public SampleSlot Item(int index) => this with { Name = PlausibleValues.Singular(Name), Index = index, Depth = Depth + 1 };

    /// <summary>The slot seen through a <c>$ref</c>: minimal from the second time the same reference is expanded.</summary>
    public SampleSlot Through(string reference) =>
        Refs.Contains(reference) ? this with { Minimal = true } : this with { Refs = Refs.Add(reference) };
}

namespace EditorialLint.Rules.Facts;

/// <summary>A title phrase standing right before a name ("NATO Chairman" before "Jens Stoltenberg") (a fact).</summary>
public sealed class TitleCue
{
    /// <summary>Creates a cue.</summary>
    public TitleCue(int start, int length, string phrase, int nameStart, string? gender)
    {
        Start = start;
        Length = length;
        Phrase = phrase;
        NameStart = nameStart;
        Gender = gender;
    }

    /// <summary>Start of the title phrase.</summary>
    public int Start { get; }

    /// <summary>Length of the title phrase.</summary>
    public int Length { get; }

    /// <summary>The phrase, lower-case, as the title vocabulary spells it.</summary>
    public string Phrase { get; }

    /// <summary>Where the name it precedes starts.</summary>
    public int NameStart { get; }

    /// <summary>The gender the title implies (<c>male</c>, <c>female</c>), or null.</summary>
    public string? Gender { get; }
}

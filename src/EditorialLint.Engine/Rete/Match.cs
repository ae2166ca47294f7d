namespace EditorialLint.Engine.Rete;

/// <summary>
/// A partial match and a fact that satisfy a beta node's conditions, linked into both entries' match
/// lists so either side can find and drop it without a lookup.
/// </summary>
internal sealed class Match(LeftEntry left, RightEntry right)
{
    public LeftEntry Left { get; } = left;

    public RightEntry Right { get; } = right;

    /// <summary>The tuple a join node made for this match.</summary>
    public Tuple? Child { get; set; }

    /// <summary>Set while an update is reconciled: the match still holds.</summary>
    public bool Keep { get; set; }

    public Match? PreviousOfLeft { get; set; }

    public Match? NextOfLeft { get; set; }

    public Match? PreviousOfRight { get; set; }

    public Match? NextOfRight { get; set; }

    public static Match Link(LeftEntry left, RightEntry right)
    {
        var match = new Match(left, right) { PreviousOfLeft = left.LastMatch, PreviousOfRight = right.LastMatch };
        if (left.LastMatch is null)
        {
            left.FirstMatch = match;
        }
        else
        {
            left.LastMatch.NextOfLeft = match;
        }

        left.LastMatch = match;
        left.MatchCount++;
        if (right.LastMatch is null)
        {
            right.FirstMatch = match;
        }
        else
        {
            right.LastMatch.NextOfRight = match;
        }

        right.LastMatch = match;
        right.MatchCount++;
        return match;
    }

    public void Unlink()
    {
        if (PreviousOfLeft is null)
        {
            Left.FirstMatch = NextOfLeft;
        }
        else
        {
            PreviousOfLeft.NextOfLeft = NextOfLeft;
        }

        if (NextOfLeft is null)
        {
            Left.LastMatch = PreviousOfLeft;
        }
        else
        {
            NextOfLeft.PreviousOfLeft = PreviousOfLeft;
        }

        Left.MatchCount--;
        if (PreviousOfRight is null)
        {
            Right.FirstMatch = NextOfRight;
        }
        else
        {
            PreviousOfRight.NextOfRight = NextOfRight;
        }

        if (NextOfRight is null)
        {
            Right.LastMatch = PreviousOfRight;
        }
        else
        {
            NextOfRight.PreviousOfRight = PreviousOfRight;
        }

        Right.MatchCount--;
    }
}

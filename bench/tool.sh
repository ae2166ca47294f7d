# Sourced by the bench scripts (which set $repo): the editorial-lint to measure.
# edl_tool WORK sets $tool (an apphost, native executable or .dll) and $cmd (the command that runs it):
# EDL_TOOL when given, else the tool published into WORK/tool: as it ships (Release, ReadyToRun), or,
# with EDL_NATIVE=1, as a Native AOT executable (Release, -p:PublishAot=true; a minute or two to build).
edl_tool() {
  tool="${EDL_TOOL:-}"
  if [ -z "$tool" ]; then
    if [ "${EDL_NATIVE:-}" = 1 ]; then
      echo "publishing editorial-lint (Release, Native AOT) ..." >&2
      dotnet publish "$repo/src/EditorialLint.Cli" -c Release -r linux-x64 -p:PublishAot=true \
        -o "$1/tool" --artifacts-path "$1/artifacts" > "$1/publish.log" 2>&1 || { tail -20 "$1/publish.log"; exit 2; }
    else
      echo "publishing editorial-lint (Release, ReadyToRun) ..." >&2
      dotnet publish "$repo/src/EditorialLint.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
        -o "$1/tool" --artifacts-path "$1/artifacts" > "$1/publish.log" 2>&1 || { tail -20 "$1/publish.log"; exit 2; }
    fi
    tool="$1/tool/editorial-lint"
  fi
  cmd="$tool"
  if [[ "$tool" == *.dll ]]; then cmd="dotnet $tool"; fi
}

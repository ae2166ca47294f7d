# Sourced by the bench scripts (which set $repo): the editorial-lint to measure.
# edl_tool WORK sets $tool (an apphost or .dll) and $cmd (the command that runs it): EDL_TOOL when
# given, else the tool published as it ships (Release, ReadyToRun) into WORK/tool.
edl_tool() {
  tool="${EDL_TOOL:-}"
  if [ -z "$tool" ]; then
    echo "publishing editorial-lint (Release, ReadyToRun) ..." >&2
    dotnet publish "$repo/src/EditorialLint.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "$1/tool" --artifacts-path "$1/artifacts" > "$1/publish.log" 2>&1 || { tail -20 "$1/publish.log"; exit 2; }
    tool="$1/tool/editorial-lint"
  fi
  cmd="$tool"
  if [[ "$tool" == *.dll ]]; then cmd="dotnet $tool"; fi
}

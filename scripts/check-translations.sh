#!/usr/bin/env bash
# Fails when a user-visible string is not translated:
#   1. lupdate, run over core/ and app/ into a copy of each translations/*.ts, finds a message that is
#      new, unfinished or vanished compared with the committed file (someone added or changed a string
#      without translating it, or left a stale one behind), or warns that it cannot tell a tr() call's
#      context (the translation would never be found at run time);
#   2. a translation drops or invents a placeholder (%1, %n), a mnemonic (&) or an HTML tag;
#   3. a call that puts text on screen in app/ (setText, setToolTip, addAction, QMessageBox, a QLabel…),
#      or an Error{} in core/ or app/, is handed a bare string literal with words in it.
# To bring the .ts files up to date after changing strings:
#   cmake --build build/release --target update_translations   (then translate what is unfinished)
# Usage: scripts/check-translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=""
for candidate in lupdate-qt6 lupdate6 /usr/lib/qt6/bin/lupdate "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null)/lupdate"; do
  if command -v "$candidate" >/dev/null 2>&1; then lupdate=$(command -v "$candidate"); break; fi
done
if [ -z "$lupdate" ]; then
  echo "check-translations: lupdate for Qt 6 not found; install qt6-l10n-tools (scripts/setup.sh does)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

# 1 and 2: messages. The options match qt_add_translations in app/CMakeLists.txt, except that vanished
# messages are kept (marked) here so that they can be reported.
shopt -s nullglob
ts_files=(translations/*.ts)
if [ ${#ts_files[@]} -eq 0 ]; then
  echo "check-translations: no translations/*.ts" >&2
  exit 1
fi
for ts in "${ts_files[@]}"; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  "$lupdate" -I . -locations none core app -ts "$copy" >"$tmp/lupdate.log" 2>&1 || {
    cat "$tmp/lupdate.log" >&2
    echo "check-translations: lupdate failed on $ts" >&2
    exit 1
  }
  # lupdate's own progress lines start with a space or a known word; anything of the form file:line: is a
  # warning (a tr() whose context it cannot resolve, a malformed call).
  if grep -E '^[^ ].*:[0-9]+: ' "$tmp/lupdate.log" >"$tmp/warnings"; then
    echo "check-translations: lupdate cannot place these messages (their translations would not be found):" >&2
    sed 's/^/  /' "$tmp/warnings" >&2
    failed=1
  fi
  perl -CSD - "$ts" "$copy" <<'PERL' || failed=1
use strict; use warnings;
my ($committed, $updated) = @ARGV;
local $/;
open my $fh, '<:encoding(UTF-8)', $updated or die; my $xml = <$fh>; close $fh;
my (@missing, @stale, @broken);
while ($xml =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
    my ($context, $body) = ($1, $2);
    while ($body =~ m{<message([^>]*)>(.*?)</message>}gs) {
        my ($attributes, $m) = ($1, $2);
        my ($source) = $m =~ m{<source>(.*?)</source>}s;
        my ($comment) = $m =~ m{<comment>(.*?)</comment>}s;
        my ($type) = $m =~ m{<translation[^>]*type="(\w+)"};
        my $name = "$context: \"$source\"" . (defined $comment ? " ($comment)" : '');
        if (defined $type && ($type eq 'vanished' || $type eq 'obsolete')) { push @stale, $name; next; }
        if (defined $type && $type eq 'unfinished') { push @missing, $name; next; }
        my @forms = $attributes =~ /numerus="yes"/ ? ($m =~ m{<numerusform>(.*?)</numerusform>}gs)
                                                   : ($m =~ m{<translation>(.*?)</translation>}s);
        for my $t (@forms) {
            my $why = differs($source, $t, $attributes =~ /numerus="yes"/);
            push @broken, "$name → \"$t\": $why" if $why;
        }
    }
}
# What a translation must keep of its source: placeholders, a mnemonic, HTML tags.
sub differs {
    my ($s, $t, $numerus) = @_;
    my $set = sub { my %h; $h{$_}++ for $_[0] =~ /(%L?\d)/g; join ' ', map { "$_×$h{$_}" } sort keys %h };
    return "placeholders differ" if $set->($s) ne $set->($t);
    return "%n is missing" if $s =~ /%n/ && $t !~ /%L?n/ && !$numerus;
    my $mnemonic = qr/&amp;(?!amp;|lt;|gt;|quot;|apos;|nbsp;|#?\w+;)\w/;
    return "the mnemonic (&) is missing" if $s =~ $mnemonic && $t !~ $mnemonic;
    return "a mnemonic (&) is added" if $s !~ $mnemonic && $t =~ $mnemonic;
    my $html = qr/(?:a|b|big|blockquote|br|center|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strong|sub|sup|table|td|th|tr|tt|u|ul)/i;
    my $tags = sub { join ' ', sort map { lc } $_[0] =~ /&lt;(\/?$html)\b/g };
    return "HTML tags differ" if $tags->($s) ne $tags->($t);
    return '';
}
my $fail = 0;
if (@missing) {
    print STDERR "check-translations: $committed has no translation for these messages (new or changed strings):\n";
    print STDERR "  $_\n" for @missing;
    $fail = 1;
}
if (@stale) {
    print STDERR "check-translations: $committed holds messages the sources no longer have:\n";
    print STDERR "  $_\n" for @stale;
    $fail = 1;
}
if (@broken) {
    print STDERR "check-translations: translations in $committed that do not match their source:\n";
    print STDERR "  $_\n" for @broken;
    $fail = 1;
}
exit $fail;
PERL
done

# 3: hard-coded strings. Each exception: file, the literal's start, and why it is not translated.
exceptions=$(cat <<'EOF'
app/import/drafteditor.cpp	QStringLiteral("new:")	combo box item data (a key), not its text
app/notes/annotationspanel.cpp	QStringLiteral("annotations.")	the suggested file name
core/sqlite/query.h	QStringLiteral("no row for: ")	a programming error that names the SQL, never a user's
core/sqlite/transaction.cpp	QStringLiteral("transaction already finished")	a programming error, never a user's
EOF
)
cat >"$tmp/scan.pl" <<'PERL'
use strict; use warnings;
# Calls that show text; each argument that starts with a string literal holding words is reported.
my $calls = qr/\b(?:setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setAccessibleName|setAccessibleDescription|setTitle|setLabelText|setTabText|addTab|insertTab|addAction|addMenu|showMessage|setHeaderLabels?|setItemText|addItem|QMessageBox::\w+|QMessageBox|QInputDialog::\w+|QFileDialog::\w+|QProgressDialog|Error|QLabel|QPushButton|QToolButton|QCheckBox|QRadioButton|QGroupBox|QAction|QDockWidget)\b/;
my $literalStart = qr/^\s*(?:QStringLiteral\s*\(\s*|QLatin1String\s*\(\s*|QLatin1StringView\s*\(\s*|QString::fromUtf8\s*\(\s*|QString::fromLatin1\s*\(\s*|u8?)?"/;
local $/;
for my $file (@ARGV) {
    next if $file !~ m{^app/} && $file !~ m{^core/};
    open my $fh, '<:encoding(UTF-8)', $file or die "$file: $!"; my $code = <$fh>; close $fh;
    $code =~ s{//[^\n]*}{' ' x length($&)}ge;
    $code =~ s{/\*.*?\*/}{my $c = $&; $c =~ s/[^\n]/ /g; $c}gse;
    while ($code =~ /$calls\s*(?:\w+\s*)?[({]/g) {
        my $start = pos($code);
        next if $file =~ m{^core/} && substr($code, $-[0], 5) ne 'Error';
        my ($depth, $i, $inString, $arg) = (1, $start, 0, '');
        my @args;
        while ($i < length($code) && $depth > 0) {
            my $c = substr($code, $i, 1);
            if ($inString) {
                $arg .= $c;
                if ($c eq '\\') { $arg .= substr($code, ++$i, 1); }
                elsif ($c eq '"') { $inString = 0; }
            } elsif ($c eq '"') { $inString = 1; $arg .= $c; }
            elsif ($c =~ /[({\[]/) { $depth++; $arg .= $c; }
            elsif ($c =~ /[)}\]]/) { $depth--; $arg .= $c if $depth > 0; }
            elsif ($c eq ',' && $depth == 1) { push @args, $arg; $arg = ''; }
            else { $arg .= $c; }
            $i++;
        }
        push @args, $arg;
        for my $a (@args) {
            next unless $a =~ $literalStart;
            # The leading literal and those right after it (C++ joins adjacent literals), without markup.
            (my $rest = $a) =~ s/$literalStart//;
            my $words = '';
            while ($rest =~ s/^((?:[^"\\]|\\.)*)"//) {
                $words .= $1;
                last unless $rest =~ s/^\s*"//;
            }
            $words =~ s/<[^>]*>//g; $words =~ s/&\w+;//g; $words =~ s/%L?\d+//g;
            next unless $words =~ /\p{L}{2,}/;
            my $line = 1 + (substr($code, 0, $start) =~ tr/\n//);
            (my $shown = $a) =~ s/\s+/ /g; $shown =~ s/^ //;
            print "$file:$line:\t$shown\n";
        }
    }
}
PERL
find app core \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z | xargs -0 perl -CSD "$tmp/scan.pl" >"$tmp/literals"
hardcoded=()
while IFS= read -r hit; do
  file=${hit%%:*}
  literal=${hit#*$'\t'}
  allowed=0
  while IFS=$'\t' read -r efile eliteral _reason; do
    [ -n "$efile" ] || continue
    if [ "$file" = "$efile" ] && [ "${literal#"$eliteral"}" != "$literal" ]; then allowed=1; break; fi
  done <<<"$exceptions"
  [ $allowed -eq 1 ] || hardcoded+=("${hit//$'\t'/ }")
done <"$tmp/literals"
if [ ${#hardcoded[@]} -gt 0 ]; then
  echo "check-translations: text shown to users without tr() (wrap it, or add an exception with a reason):" >&2
  printf '  %s\n' "${hardcoded[@]}" >&2
  failed=1
fi

if [ $failed -ne 0 ]; then
  exit 1
fi
count=$(grep -c '<message' "${ts_files[0]}")
echo "check-translations: ${#ts_files[@]} translation(s) complete (${count} messages each), no hard-coded strings"

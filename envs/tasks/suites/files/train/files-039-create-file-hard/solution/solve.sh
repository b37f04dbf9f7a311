#!/usr/bin/env bash
mkdir -p /workspace/notes && printf '%s\n' 'meadow 960' 'meadow 144' 'harbor 505' 'tiger 261' 'orchid 72' > /workspace/notes/jasper.txt

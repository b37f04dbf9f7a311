#!/usr/bin/env bash
mkdir -p /workspace/old && printf '%s\n' 'cedar 22' 'tiger 411' 'meadow 960' 'meadow 144' 'harbor 505' 'tiger 261' > /workspace/old/orchid.txt

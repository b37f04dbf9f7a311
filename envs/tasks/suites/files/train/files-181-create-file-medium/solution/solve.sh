#!/usr/bin/env bash
printf '%s\n' 'stone 833' 'lotus 679' 'river 537' > /workspace/nectar.txt

#!/usr/bin/env bash
printf '%s\n' 'stone 70' >> /workspace/meadow.txt

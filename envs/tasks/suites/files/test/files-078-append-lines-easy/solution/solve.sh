#!/usr/bin/env bash
printf '%s\n' 'stone 592' >> /workspace/pepper.txt

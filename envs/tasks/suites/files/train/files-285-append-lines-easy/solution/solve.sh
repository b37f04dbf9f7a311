#!/usr/bin/env bash
printf '%s\n' 'jasper 631' >> /workspace/frost.txt

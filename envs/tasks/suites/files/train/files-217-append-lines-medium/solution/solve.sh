#!/usr/bin/env bash
printf '%s\n' 'island 279' 'jasper 216' >> /workspace/walnut.txt

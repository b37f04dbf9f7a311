#!/usr/bin/env bash
printf '%s\n' 'tiger 960' >> /workspace/walnut.txt

#!/usr/bin/env bash
printf '%s\n' 'frost 70' > /workspace/coral.txt

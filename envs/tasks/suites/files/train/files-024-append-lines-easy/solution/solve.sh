#!/usr/bin/env bash
printf '%s\n' 'frost 321' >> /workspace/velvet.txt

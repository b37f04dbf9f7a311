#!/usr/bin/env bash
printf '%s\n' 'walnut 772' 'frost 333' >> /workspace/pepper.txt

#!/usr/bin/env bash
sed -i 's/pepper/brick/g' /workspace/brick.txt /workspace/frost.txt

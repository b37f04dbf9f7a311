#!/usr/bin/env bash
sed -i 's/frost/cloud/g' /workspace/velvet.txt /workspace/apple.txt

#!/usr/bin/env bash
sed -i 's/island/olive/g' /workspace/kettle.txt

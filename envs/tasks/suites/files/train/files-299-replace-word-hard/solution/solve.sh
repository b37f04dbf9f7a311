#!/usr/bin/env bash
sed -i 's/mango/pepper/g' /workspace/lantern.txt /workspace/timber.txt

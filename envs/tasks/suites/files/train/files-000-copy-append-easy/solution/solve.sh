#!/usr/bin/env bash
cp /workspace/lantern.txt /workspace/lotus.txt && printf '%s\n' 'lantern 421' >> /workspace/lotus.txt
